from automode.cli import main

raise SystemExit(main())
