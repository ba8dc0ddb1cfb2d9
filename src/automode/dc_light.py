"""`@dataclass` without the `dataclasses` module, for automode's own hook processes (issue 14, cold start).

`import dataclasses` costs a cold hook about a tenth of its time: it imports `inspect` (with `ast`, `dis`,
`tokenize`, `linecache`), `copy` (whose Jython probe searches the whole path for `org.python`) and `weakref`, and
then, for every class, computes `inspect.signature` for its docstring. automode's classes use a small part of what
`dataclasses` offers (fields with a default or a default factory, `init=False`, `__post_init__`, `frozen`,
`slots`); this module makes exactly the class `dataclasses` makes for that part, **the same method texts** (so
their code comes precompiled from `automode.dctable_data`, else is compiled from the same text), the same
defaults, `__match_args__`, `__slots__`, `__hash__` and docstring. Anything outside that part (a dataclass base,
ClassVar/InitVar/KW_ONLY annotations, `order`, `kw_only`, `unsafe_hash`, non-string annotations, an ABC) is
handed to the real `dataclasses`, so it is never approximated. `tests/engine/test_dc_light.py` compares every
automode class made both ways, method code included.

The fields are kept in `__automode_fields__`, not `__dataclass_fields__`: code that asks `dataclasses.is_dataclass`
(pretty printers, serialisers) sees an ordinary class instead of a dataclass it cannot read. automode code uses
`automode.dc.fields`/`replace`, which read both. Used only where `automode.dc` says so (hook processes).
"""

from __future__ import annotations

import _thread
import abc
import builtins
import functools
import sys
from types import FunctionType

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from automode.typing_lite import Any

_FIELDS = "__automode_fields__"


class _Missing:
    __slots__ = ()


class _HasDefaultFactory:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


MISSING: Any = _Missing()
_HAS_DEFAULT_FACTORY: Any = _HasDefaultFactory()
_EMPTY: dict[str, Any] = {}


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen instance (what `dataclasses.FrozenInstanceError` is)."""


class Field:
    __slots__ = ("compare", "default", "default_factory", "hash", "init", "kw_only", "metadata", "name", "repr", "type")

    def __init__(self, default: Any, default_factory: Any, init: bool, repr: bool, hash: bool | None, compare: bool,
                 metadata: Any, kw_only: Any) -> None:  # fmt: skip
        self.name: str = ""
        self.type: Any = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self) -> str:
        return f"Field(name={self.name!r},type={self.type!r},default={self.default!r})"


def field(*, default: Any = MISSING, default_factory: Any = MISSING, init: bool = True, repr: bool = True,
          hash: bool | None = None, compare: bool = True, metadata: Any = None, kw_only: Any = MISSING) -> Any:  # fmt: skip
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(obj: Any) -> tuple[Any, ...]:
    """The fields of a class made here, or what `dataclasses.fields` says of any other."""
    got = getattr(obj, _FIELDS, None)
    if got is None:
        import dataclasses

        return dataclasses.fields(obj)
    return tuple(got.values())


def replace(obj: Any, /, **changes: Any) -> Any:
    """A copy of `obj` with `changes` (what `dataclasses.replace` does, for either kind of class)."""
    got = getattr(type(obj), _FIELDS, None)
    if got is None:
        import dataclasses

        return dataclasses.replace(obj, **changes)
    for f in got.values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


_CODES: dict[str, Any] | None = None
_MORE: dict[str, Any] | None = None
_USED = [0]  # automode.dctable.USED once the table is read


def _code(txt: str) -> Any:
    """The stored code of a method text: `dctable_data` holds what a hook process makes on the build's representative
    actions (the `__init__`s, a few methods made on first use), `dctable_more_data` the rest, read on its first text."""
    global _CODES, _MORE, _USED
    if _CODES is None:
        from automode import dctable

        try:
            from automode.dctable_data import CODES
        except ImportError:
            CODES = {}
        _CODES, _USED = CODES, dctable.USED
    code = _CODES.get(txt)
    if code is None:
        if _MORE is None:
            try:
                from automode.dctable_more_data import CODES as MORE
            except ImportError:
                MORE = {}
            _MORE = MORE
        code = _MORE.get(txt)
    return code


def _create_fn(name: str, args: list[str] | tuple[str, ...], body: list[str] | tuple[str, ...], *, globals: dict[str, Any],
               locals: dict[str, Any] | None = None, return_type: Any = MISSING) -> Any:  # fmt: skip
    """`dataclasses._create_fn`: the same text, its code from the table when stored (automode.dctable)."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    txt = f" def {name}({','.join(args)}){return_annotation}:\n" + "\n".join(f"  {b}" for b in body)
    txt = f"def __create_fn__({', '.join(locals.keys())}):\n{txt}\n return {name}"
    code = _code(txt)
    if code is None:
        ns: dict[str, Any] = {}
        builtins.exec(txt, globals, ns)
        maker = ns["__create_fn__"]
    else:
        globals.setdefault("__builtins__", builtins.__dict__)  # what exec() does to the globals it is given
        maker = FunctionType(code, globals)
        _USED[0] += 1
    return maker(**locals)


def _recursive_repr(user_function: Callable[[Any], str]) -> Callable[[Any], str]:
    """`dataclasses._recursive_repr`: "..." for a recursive call."""
    repr_running: set[tuple[int, int]] = set()

    @functools.wraps(user_function)
    def wrapper(self: Any) -> str:
        key = id(self), _thread.get_ident()
        if key in repr_running:
            return "..."
        repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            repr_running.discard(key)
        return result

    return wrapper


def _tuple_str(obj_name: str, flds: list[Field]) -> str:
    if not flds:
        return "()"
    return f'({",".join([f"{obj_name}.{f.name}" for f in flds])},)'


def _set_new_attribute(cls: type, name: str, value: Any) -> bool:
    if name in cls.__dict__:
        return True
    if isinstance(value, FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


def _supported(cls: type, kw: dict[str, Any]) -> bool:
    """Whether this module makes the class exactly as `dataclasses` would (else `dataclasses` makes it)."""
    if kw.get("order") or kw.get("unsafe_hash") or kw.get("kw_only") or kw.get("weakref_slot"):
        return False
    if not kw.get("init", True) or not kw.get("repr", True) or not kw.get("eq", True) or not kw.get("match_args", True):
        return False
    if "__slots__" in cls.__dict__ or isinstance(cls, abc.ABCMeta):
        return False
    for b in cls.__mro__[1:-1]:  # a dataclass base, or slots to merge with
        if hasattr(b, _FIELDS) or hasattr(b, "__dataclass_fields__") or "__slots__" in b.__dict__:
            return False
    for typ in cls.__dict__.get("__annotations__", {}).values():  # noqa: RUF063  # what dataclasses reads
        # a pseudo-field (ClassVar, InitVar, KW_ONLY; any annotation naming one, to be sure) or an evaluated one
        if not isinstance(typ, str) or "ClassVar" in typ or "InitVar" in typ or "KW_ONLY" in typ:
            return False
    for value in cls.__dict__.values():
        if isinstance(value, Field):
            if value.kw_only is True:
                return False
        elif type(value).__name__ == "Field" and type(value).__module__ == "dataclasses":  # dataclasses.field(...)
            return False
    return True


def _real(cls: type, kw: dict[str, Any]) -> type:
    """The class made by `dataclasses` itself, its `field()`s of this module turned into `dataclasses.field`s."""
    import dataclasses

    from automode import dctable

    dctable.install()
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field):
            setattr(cls, name, dataclasses.field(
                default=dataclasses.MISSING if value.default is MISSING else value.default,
                default_factory=dataclasses.MISSING if value.default_factory is MISSING else value.default_factory,
                init=value.init, repr=value.repr, hash=value.hash, compare=value.compare,
                metadata=None if value.metadata is _EMPTY else value.metadata,
                kw_only=dataclasses.MISSING if value.kw_only is MISSING else value.kw_only))  # fmt: skip
    made: type = dataclasses.dataclass(cls, **kw)
    return made


def _doc(cls: type, std: list[Field]) -> str:
    """What `cls.__name__ + str(inspect.signature(cls)).replace(' -> None', '')` gives for these fields."""
    parts = []
    for f in std:
        if f.default is not MISSING:
            parts.append(f"{f.name}: {f.type!r} = {f.default!r}")
        elif f.default_factory is not MISSING:
            parts.append(f"{f.name}: {f.type!r} = {_HAS_DEFAULT_FACTORY!r}")
        else:
            parts.append(f"{f.name}: {f.type!r}")
    return cls.__name__ + ("(" + ", ".join(parts) + ") -> None").replace(" -> None", "")


# Pickling frozen classes with slots: dataclasses' own two functions, word for word.
def _dataclass_getstate(self: Any) -> list[Any]:
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self: Any, state: list[Any]) -> None:
    for field, value in zip(fields(self), state):  # noqa: B905
        # use setattr because dataclass may be frozen
        object.__setattr__(self, field.name, value)


def _process(cls: type, frozen: bool, slots: bool) -> type:
    """`dataclasses._process_class` for init/repr/eq/match_args, frozen or not, slots or not, no dataclass bases."""
    module = sys.modules.get(cls.__module__)
    globals: dict[str, Any] = module.__dict__ if module is not None else {}
    annotations: dict[str, str] = cls.__dict__.get("__annotations__", {})  # noqa: RUF063  # what dataclasses reads
    flds: dict[str, Field] = {}
    for name, typ in annotations.items():
        default = getattr(cls, name, MISSING)
        f = default if isinstance(default, Field) else Field(default, MISSING, True, True, None, True, None, MISSING)
        f.name, f.type = name, typ
        if f.kw_only is MISSING:
            f.kw_only = False
        if f.default.__class__.__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory")
        flds[name] = f
    for f in flds.values():
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    setattr(cls, _FIELDS, flds)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    field_list = list(flds.values())
    std = [f for f in field_list if f.init]

    # __init__ (dataclasses._init_fn)
    seen_default = False
    for f in std:
        if not (f.default is MISSING and f.default_factory is MISSING):
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    self_name = "__dataclass_self__" if "self" in flds else "self"
    locals: dict[str, Any] = {f"_type_{f.name}": f.type for f in field_list}
    locals.update({"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY, "__dataclass_builtins_object__": object})
    body = []
    for f in field_list:
        dflt = f"_dflt_{f.name}"
        if f.default_factory is not MISSING:
            locals[dflt] = f.default_factory
            value = f"{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}" if f.init else f"{dflt}()"
        elif f.init:
            if f.default is not MISSING:
                locals[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            locals[dflt] = f.default
            value = dflt
        else:
            continue
        body.append(f"__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})" if frozen
                    else f"{self_name}.{f.name}={value}")  # fmt: skip
    if hasattr(cls, "__post_init__"):
        body.append(f"{self_name}.__post_init__()")
    params = []
    for f in std:
        if f.default is not MISSING:
            params.append(f"{f.name}:_type_{f.name}=_dflt_{f.name}")
        elif f.default_factory is not MISSING:
            params.append(f"{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY")
        else:
            params.append(f"{f.name}:_type_{f.name}")
    _set_new_attribute(cls, "__init__", _create_fn("__init__", [self_name, *params], body or ["pass"], locals=locals,
                                                   globals=globals, return_type=None))  # fmt: skip

    # The other methods are made on first use (`_lazy`): most classes of a hook process are never printed, compared,
    # hashed or assigned to, and making their methods was about a thirtieth of a cold hook.
    owner: list[type] = []  # the class the methods end up on (made again below for slots)
    if "__repr__" not in cls.__dict__:
        shown = [f for f in field_list if f.repr]
        text = 'return self.__class__.__qualname__ + f"(' + ", ".join([f"{f.name}={{self.{f.name}!r}}" for f in shown]) + ')"'
        _set_new_attribute(cls, "__repr__", _lazy(owner, "__repr__", lambda: _recursive_repr(
            _create_fn("__repr__", ("self",), [text], globals=globals))))  # fmt: skip

    if "__eq__" not in cls.__dict__:
        compared = [f for f in field_list if f.compare]
        _set_new_attribute(cls, "__eq__", _lazy(owner, "__eq__", lambda: _create_fn("__eq__", ("self", "other"), [
            "if other.__class__ is self.__class__:",
            f" return {_tuple_str('self', compared)}=={_tuple_str('other', compared)}",
            "return NotImplemented"], globals=globals)))  # fmt: skip

    if frozen:
        names = "(" + ",".join(repr(f.name) for f in field_list) + ",)" if field_list else "()"
        frozen_locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
        for name in ("__setattr__", "__delattr__"):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
        _set_new_attribute(cls, "__setattr__", _lazy(owner, "__setattr__", lambda: _create_fn(
            "__setattr__", ("self", "name", "value"), (
                f"if type(self) is cls or name in {names}:", ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                "super(cls, self).__setattr__(name, value)"), locals=dict(frozen_locals), globals=globals)))  # fmt: skip
        _set_new_attribute(cls, "__delattr__", _lazy(owner, "__delattr__", lambda: _create_fn(
            "__delattr__", ("self", "name"), (
                f"if type(self) is cls or name in {names}:", ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                "super(cls, self).__delattr__(name)"), locals=dict(frozen_locals), globals=globals)))  # fmt: skip

    # dataclasses._hash_action for unsafe_hash=False, eq=True
    if not has_explicit_hash:
        if frozen:
            hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
            fn = _lazy(owner, "__hash__", lambda: _create_fn("__hash__", ("self",), [f"return hash({_tuple_str('self', hashed)})"],
                                                             globals=globals))  # fmt: skip
            fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
            cls.__hash__ = fn  # type: ignore[method-assign]
        else:
            cls.__hash__ = None  # type: ignore[assignment]

    if not cls.__doc__:
        cls.__doc__ = _doc(cls, std)
    _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std))

    if slots:
        cls_dict = dict(cls.__dict__)
        cls_dict["__slots__"] = tuple(flds)
        for name in flds:
            cls_dict.pop(name, None)
        cls_dict.pop("__dict__", None)
        cls_dict.pop("__weakref__", None)
        qualname = getattr(cls, "__qualname__", None)
        cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
        if qualname is not None:
            cls.__qualname__ = qualname
        if frozen:
            if "__getstate__" not in cls_dict:
                cls.__getstate__ = _dataclass_getstate  # type: ignore[method-assign,assignment]
            if "__setstate__" not in cls_dict:
                cls.__setstate__ = _dataclass_setstate  # type: ignore[attr-defined]
    owner.append(cls)
    return cls


#: Marks a method `_lazy` stands in for (`materialize` makes them all).
_LAZY = "__automode_lazy__"


def _lazy(owner: list[type], name: str, make: Callable[[], Any]) -> Any:
    """A stand-in for the method `make()` returns: its first call makes the method (the same text, so the same code
    as `dataclasses` makes), puts it on the class in its place and calls it; every later call goes to the method."""

    def stand_in(self: Any, *args: Any) -> Any:
        return _materialize(owner[0], name, stand_in, make)(self, *args)

    stand_in.__name__ = name
    setattr(stand_in, _LAZY, (owner, make))
    return stand_in


def _materialize(cls: type, name: str, stand_in: Any, make: Callable[[], Any]) -> Any:
    fn = make()
    if isinstance(fn, FunctionType):
        fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    if cls.__dict__.get(name) is stand_in:  # (another thread may have put it there first: the same method)
        setattr(cls, name, fn)
    return fn


def materialize(cls: type) -> None:
    """Make every method of `cls` still made on first use (tests compare them with what `dataclasses` makes)."""
    for name, value in list(vars(cls).items()):
        lazy = getattr(value, _LAZY, None) if isinstance(value, FunctionType) else None
        if lazy is not None:
            owner, make = lazy
            _materialize(owner[0], name, value, make)


def dataclass(cls: Any = None, /, **kw: Any) -> Any:
    """`dataclasses.dataclass`, made here for the part automode uses, by `dataclasses` for anything else."""

    def wrap(c: type) -> type:
        if _supported(c, kw):
            return _process(c, bool(kw.get("frozen")), bool(kw.get("slots")))
        return _real(c, kw)

    return wrap if cls is None else wrap(cls)
