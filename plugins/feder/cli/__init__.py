"""`feder`: the authors' command line: new, check, status, import.

Each subcommand lives in its own module and imports what it needs when it runs,
so `feder check` starts without MkDocs, lxml or babel.
"""
from __future__ import annotations

import click

from feder.cli.check import check
from feder.cli.importing import import_
from feder.cli.new import new
from feder.cli.status import status


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="feder", prog_name="feder")
def main() -> None:
    """Write, check and migrate the blog's posts without knowing MkDocs.

    \b
    Workflow:  feder new "Titel"  →  write  →  feder check  →  make serve  →  pull request
    """


main.add_command(new)
main.add_command(check)
main.add_command(status)
main.add_command(import_)
