# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_up_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StepUpDialog(object):
    def setupUi(self, StepUpDialog):
        if not StepUpDialog.objectName():
            StepUpDialog.setObjectName(u"StepUpDialog")
        StepUpDialog.resize(420, 250)
        StepUpDialog.setModal(True)
        self.layout = QVBoxLayout(StepUpDialog)
        self.layout.setObjectName(u"layout")
        self.intro_label = QLabel(StepUpDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.layout.addWidget(self.intro_label)

        self.what_label = QLabel(StepUpDialog)
        self.what_label.setObjectName(u"what_label")
        self.what_label.setStyleSheet(u"font-weight: 600;")
        self.what_label.setWordWrap(True)

        self.layout.addWidget(self.what_label)

        self.retry_label = QLabel(StepUpDialog)
        self.retry_label.setObjectName(u"retry_label")
        self.retry_label.setWordWrap(True)

        self.layout.addWidget(self.retry_label)

        self.lockout_label = QLabel(StepUpDialog)
        self.lockout_label.setObjectName(u"lockout_label")
        self.lockout_label.setWordWrap(True)

        self.layout.addWidget(self.lockout_label)

        self.code_edit = QLineEdit(StepUpDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(16)

        self.layout.addWidget(self.code_edit)

        self.hint = QLabel(StepUpDialog)
        self.hint.setObjectName(u"hint")

        self.layout.addWidget(self.hint)

        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.clock_label = QLabel(StepUpDialog)
        self.clock_label.setObjectName(u"clock_label")

        self.status_row.addWidget(self.clock_label)

        self.status_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_row.addItem(self.status_spacer)

        self.attempts_label = QLabel(StepUpDialog)
        self.attempts_label.setObjectName(u"attempts_label")

        self.status_row.addWidget(self.attempts_label)


        self.layout.addLayout(self.status_row)

        self.buttons = QDialogButtonBox(StepUpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(StepUpDialog)

        QMetaObject.connectSlotsByName(StepUpDialog)
    # setupUi

    def retranslateUi(self, StepUpDialog):
        StepUpDialog.setWindowTitle(QCoreApplication.translate("StepUpDialog", u"Confirm with your code", None))
        self.intro_label.setText(QCoreApplication.translate("StepUpDialog", u"This action needs a fresh 6-digit code from your authenticator app.", None))
        self.retry_label.setText(QCoreApplication.translate("StepUpDialog", u"That code was not accepted. Wait for the next code and try again.", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("StepUpDialog", u"6-digit code", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("StepUpDialog", u"Authenticator code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleDescription(QCoreApplication.translate("StepUpDialog", u"Six digits; a pasted code with a space or a dash is accepted", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

