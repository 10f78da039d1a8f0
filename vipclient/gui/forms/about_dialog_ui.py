# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(420, 240)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")

        self.layout.addWidget(self.title_label)

        self.version_label = QLabel(AboutDialog)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setText(u"")

        self.layout.addWidget(self.version_label)

        self.blurb_label = QLabel(AboutDialog)
        self.blurb_label.setObjectName(u"blurb_label")
        self.blurb_label.setWordWrap(True)

        self.layout.addWidget(self.blurb_label)

        self.details_label = QLabel(AboutDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setText(u"")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.details_label)

        self.channel_label = QLabel(AboutDialog)
        self.channel_label.setObjectName(u"channel_label")
        self.channel_label.setText(u"")
        self.channel_label.setWordWrap(True)

        self.layout.addWidget(self.channel_label)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About VIP Desk", None))
        self.title_label.setText(QCoreApplication.translate("AboutDialog", u"VIP Desk", None))
        self.blurb_label.setText(QCoreApplication.translate("AboutDialog", u"The desk for the people who serve the exchange's VIP clients: client profiles, priority ticket lanes, requests and emergency freezes \u2014 online or not.", None))
    # retranslateUi

