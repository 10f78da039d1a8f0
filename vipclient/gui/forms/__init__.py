"""Python made by ``pyside6-uic`` from the Qt Designer forms in ``ui/`` (``make forms``).

Edit the ``.ui`` file, never these modules: ``tests/gui/test_forms.py`` fails while a form and
its module differ. The screens build on them (``about_dialog.py`` sets up ``Ui_AboutDialog``).
"""
