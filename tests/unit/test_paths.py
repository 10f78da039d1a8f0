"""Finding the data files: an installed copy first, then the checkout's resources/."""

from __future__ import annotations

from pathlib import Path

from vipclient.paths import RESOURCE_ROOTS, resource_dir, resource_dirs


def test_the_installed_copy_wins_over_the_checkout(tmp_path: Path) -> None:
    installed, checkout = tmp_path / "installed", tmp_path / "checkout"
    (checkout / "canned").mkdir(parents=True)
    assert resource_dir("canned", roots=(installed, checkout)) == checkout / "canned"
    (installed / "canned").mkdir(parents=True)
    assert resource_dir("canned", roots=(installed, checkout)) == installed / "canned"


def test_a_missing_folder_names_the_installed_place(tmp_path: Path) -> None:
    roots = (tmp_path / "installed", tmp_path / "checkout")
    assert resource_dir("nothing", roots=roots) == tmp_path / "installed" / "nothing"


def test_this_checkout_is_found() -> None:
    assert resource_dir("canned").joinpath("en.json").exists()
    assert resource_dirs("translations") == tuple(r / "translations" for r in RESOURCE_ROOTS)
