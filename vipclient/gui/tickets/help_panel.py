"""Help-centre answers beside a ticket (Ctrl+H): the cached articles searched as one types,
offline, in the ticket's language first and the ones this person uses most on such tickets
next; inserting one puts its title, a two-line summary and its link into the reply.

An article's Markdown is shown by a browser that loads nothing (no image, no file, no link
followed): the panel is for reading and inserting, not browsing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import shortcuts
from vipclient.gui.tickets import services

if TYPE_CHECKING:
    from vipclient.services.context import AppContext
    from vipclient.services.help import ArticleHit

SEARCH_DEBOUNCE_MS = 80
# Each language by its own name: a reader of it finds it whatever the desk's language is.
LANGUAGE_NAMES = {"zh": "中文", "en": "English", "ja": "日本語", "ko": "한국어"}


class _Quiet(QTextBrowser):
    """A browser that never loads a resource and never follows a link."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class _SearchBox(QLineEdit):
    """Down moves to the results; Enter inserts the first one."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if shortcuts.matches(event, "ticket.articles_results"):
            self.down.emit()
            return
        super().keyPressEvent(event)


class HelpPanel(QWidget):
    insertRequested = Signal(str)
    searched = Signal()  # results shown (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lang = ""
        self._category = ""
        self._hits: list[ArticleHit] = []
        self.setAccessibleName(self.tr("Help articles"))

        self.title = QLabel(self.tr("Help articles"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.search = _SearchBox()
        self.search.setPlaceholderText(self.tr("Search help articles…"))
        self.search.setAccessibleName(self.tr("Search help articles"))
        self.search.setClearButtonEnabled(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the articles"))
        self.language.setAccessibleDescription(self.tr(
            "The ticket's language first, or only the articles in one language"))
        self.language.addItem(self.tr("Ticket's language first"), None)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching articles"))
        self.results.setAccessibleDescription(self.tr(
            "Articles that match the search; Enter inserts the chosen one into the reply"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.count = QLabel()
        self.preview = _Quiet()
        self.preview.setAccessibleName(self.tr("Article"))
        self.preview.setAccessibleDescription(self.tr("The chosen article"))
        self.insert_button = QPushButton(self.tr("Insert into reply"))
        self.insert_button.setToolTip(self.tr("Insert the title, a two-line summary and the "
                                              "link (Enter in the list)"))
        self.insert_button.setEnabled(False)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _=None: self._debounce.start())
        self.search.returnPressed.connect(self._insert_first)
        self.search.down.connect(self._to_results)
        self.language.currentIndexChanged.connect(lambda _=0: self.refresh())
        self.results.currentRowChanged.connect(self._show_article)
        self.results.itemActivated.connect(lambda _item: self.insert_current())
        self.insert_button.clicked.connect(self.insert_current)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.results)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    # -- public --------------------------------------------------------------------------------

    def set_ticket(self, language: str, category: str) -> None:
        """The ticket the answers are for: its language ranks first, its category's most
        used articles next."""
        changed = (language, category) != (self._lang, self._category)
        self._lang, self._category = language, category
        self._fill_languages()
        if changed:
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def hits(self) -> list[ArticleHit]:
        return list(self._hits)

    def refresh(self) -> None:
        only = self.language.currentData()
        self._hits = services.help_articles(self._ctx).search(
            self.search.text(), prefer_lang=self._lang, staff_id=self._ctx.me.id,
            category=self._category, only_lang=only)
        self.results.clear()
        for hit in self._hits:
            used = self.tr(" · used {n}×").format(n=hit.uses) if hit.uses else ""
            item = QListWidgetItem(f"[{hit.lang}] {hit.title}{used}\n{hit.summary}")
            item.setToolTip(hit.url)
            self.results.addItem(item)
        self.count.setText(self.tr("Articles found: {n}").format(n=len(self._hits)))
        if self._hits:
            self.results.setCurrentRow(0)
        else:
            self.preview.setPlainText(self.tr("No article matches. Try fewer or other words."))
        self.insert_button.setEnabled(bool(self._hits))
        self.searched.emit()

    def insert_current(self) -> None:
        row = self.results.currentRow()
        if not 0 <= row < len(self._hits):
            return
        from vipclient.services.help import reply_text

        hit = self._hits[row]
        services.help_articles(self._ctx).record_use(self._ctx.me.id, self._category, hit.id)
        self.insertRequested.emit(reply_text(hit))

    # -- inside --------------------------------------------------------------------------------

    def _fill_languages(self) -> None:
        if self.language.count() > 1:
            return
        for lang in services.help_articles(self._ctx).languages():
            self.language.addItem(LANGUAGE_NAMES.get(lang, lang), lang)

    def _show_article(self, row: int) -> None:
        if not 0 <= row < len(self._hits):
            self.preview.clear()
            return
        hit = self._hits[row]
        article = services.help_articles(self._ctx).article(hit.id) or {}
        body = str(article.get("body") or "")
        self.preview.setMarkdown(f"## {hit.title}\n\n*{hit.summary}*\n\n{body}\n\n{hit.url}")

    def _insert_first(self) -> None:
        if self._hits:
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            self.insert_current()

    def _to_results(self) -> None:
        self.results.setFocus()
        if self.results.currentRow() < 0 and self._hits:
            self.results.setCurrentRow(0)
