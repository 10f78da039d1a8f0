"""Builds VIP Desk's wheel with its data files inside the package.

The metadata is in pyproject.toml; this only adds one build step. The canned texts, compiled
translations, icons and desktop entry live in the top-level ``resources/`` of the checkout,
outside the ``vipclient`` package, so a plain build would leave them out and an installed app
would run without them. ``vipclient/paths.py`` finds the copy made here first.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads resources/ in place
        shutil.copytree(
            Path("resources"),
            Path(self.build_lib) / "vipclient" / "resources",
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("*.ts"),  # the .qm made from it is shipped
        )


setup(cmdclass={"build_py": BuildWithResources})
