"""One running VIP Desk per profile: a second start asks the first to come forward and exits.

The first instance listens on a local socket named after the OS user and the profile; a later
start connects to it, sends ``activate`` and quits. A socket left behind by a crashed instance
is removed when nobody answers on it.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCryptographicHash, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"


def server_name(profile: str) -> str:
    who = f"{getpass.getuser()}\0{profile}".encode()
    # Qt's SHA-256, not hashlib's: the same name, without loading OpenSSL before the window.
    digest = QCryptographicHash.hash(who, QCryptographicHash.Algorithm.Sha256).toHex()
    return "vipclient-" + bytes(digest.data()).decode("ascii")[:16]


def ask_running_instance(profile: str, timeout_ms: int = 500) -> bool:
    """``True`` when another instance of this profile answered (and was asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(profile))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """The listening side; ``activated`` fires when a second start asks us to come forward."""

    activated = Signal()

    def __init__(self, profile: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(profile)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        # A stale socket file from a crashed run: nobody answered ask_running_instance().
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if ACTIVATE.strip() in data:
            self.activated.emit()
