"""The Python calls the inline-Python reader (`automode.shell.pyread.PythonReader`) knows, by effect: knowledge as
data, one table per kind of call."""

from __future__ import annotations

SHELL_CALLS = frozenset({
    "os.system", "os.popen", "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
    "subprocess.Popen", "subprocess.getoutput", "subprocess.getstatusoutput", "commands.getoutput", "pty.spawn",
    "os.execv", "os.execvp", "os.execve", "os.execvpe", "os.execl", "os.execlp", "os.spawnv", "os.spawnvp",
    "os.spawnl", "os.spawnlp", "os.posix_spawn", "os.posix_spawnp", "asyncio.create_subprocess_shell",
    "asyncio.create_subprocess_exec", "sh.Command",
})  # fmt: skip
#: Process calls that take the program and its arguments apart: (index of the program, index of the argv list or of the
#: first argument, whether the arguments are the rest of the call rather than one list). argv[0] is dropped.
EXEC_ARGV: dict[str, tuple[int, int, bool]] = {
    **{f"os.{n}": (0, 1, False) for n in ("execv", "execve", "execvp", "execvpe", "posix_spawn", "posix_spawnp")},
    **{f"os.{n}": (0, 1, True) for n in ("execl", "execle", "execlp", "execlpe")},
    **{f"os.{n}": (1, 2, False) for n in ("spawnv", "spawnve", "spawnvp", "spawnvpe")},
    **{f"os.{n}": (1, 2, True) for n in ("spawnl", "spawnle", "spawnlp", "spawnlpe")},
    "asyncio.create_subprocess_exec": (0, 1, True),
}
DELETE_CALLS = {"shutil.rmtree": True, "os.remove": False, "os.unlink": False, "os.rmdir": False, "os.removedirs": True,
                "send2trash.send2trash": False, "os.truncate": False}  # fmt: skip
WRITE_CALLS = frozenset({"shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move", "shutil.copytree", "os.rename",
                         "os.replace", "os.symlink", "os.link", "os.mkdir", "os.makedirs"})  # fmt: skip
NET_CALLS = frozenset({
    "requests.get", "requests.post", "requests.put", "requests.patch", "requests.delete", "requests.request",
    "requests.head", "urllib.request.urlopen", "urllib.request.urlretrieve", "urllib.request.Request",
    "urllib2.urlopen", "http.client.HTTPConnection", "http.client.HTTPSConnection", "socket.create_connection",
    "smtplib.SMTP", "smtplib.SMTP_SSL", "ftplib.FTP", "httpx.get", "httpx.post", "httpx.put", "httpx.Client",
    "aiohttp.ClientSession", "paramiko.SSHClient", "telnetlib.Telnet", "xmlrpc.client.ServerProxy",
    "urllib.urlopen", "wget.download",
})  # fmt: skip
DECODE_HINTS = ("b64decode", "base64", "decodebytes", "fromhex", "zlib.decompress", "marshal.loads", "codecs.decode", "rot13", "bz2.decompress", "lzma.decompress", "unhexlify", "a85decode", "b32decode")  # fmt: skip
#: Library readers that take a file path first (data frames, arrays, workbooks, pickles): the file is read, and what a
#: network call later carries may be its content (session 19: `requests.post(url, json=pd.read_csv('leads.csv')...)`).
DATA_READ_CALLS = frozenset({
    "pandas.read_csv", "pandas.read_excel", "pandas.read_json", "pandas.read_parquet", "pandas.read_table",
    "pandas.read_feather", "pandas.read_pickle", "pandas.read_orc", "pandas.read_xml", "pandas.read_fwf", "pandas.read_sas",
    "pandas.read_stata", "pandas.read_spss", "pandas.read_hdf", "polars.read_csv", "polars.read_excel", "polars.read_json",
    "polars.read_parquet", "polars.read_ndjson", "polars.scan_csv", "polars.scan_parquet", "numpy.load", "numpy.loadtxt",
    "numpy.genfromtxt", "numpy.fromfile", "openpyxl.load_workbook", "xlrd.open_workbook", "pyarrow.parquet.read_table",
    "pyarrow.csv.read_csv", "h5py.File", "joblib.load", "torch.load", "yaml.safe_load_all", "tomllib.load",
    "duckdb.read_csv", "dask.dataframe.read_csv", "geopandas.read_file", "scipy.io.loadmat",
})  # fmt: skip
