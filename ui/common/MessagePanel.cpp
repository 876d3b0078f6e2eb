#include "MessagePanel.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

MessagePanel::MessagePanel(Style style, QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_button(new QPushButton(this)), m_style(style)
{
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("messageButton"));
    connect(m_button, &QPushButton::clicked, this, &MessagePanel::buttonClicked);

    if (style == Style::Centred) {
        // A column of fixed width, centred: a word-wrapped label placed with an alignment flag
        // gets the height of its one-line size and loses the rest of the message.
        auto *column = new QWidget(this);
        column->setFixedWidth(460);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->addWidget(m_icon, 0, Qt::AlignHCenter);
        columnLayout->addWidget(m_text);
        columnLayout->addWidget(m_button, 0, Qt::AlignHCenter);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(column);
        row->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addStretch(1);
        layout->addLayout(row);
        layout->addStretch(2);
        m_text->setAlignment(Qt::AlignCenter);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
    } else {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(6, 3, 6, 3);
        layout->addWidget(m_icon);
        layout->addWidget(m_text, 1);
        layout->addWidget(m_button);
    }
}

void MessagePanel::showMessage(const QString &text, const QString &buttonText, bool isError)
{
    m_text->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    const int size = m_style == Style::Centred ? 32 : 16;
    if (isError) {
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
        m_icon->show();
    } else {
        m_icon->clear();
        m_icon->hide();
    }
}

QString MessagePanel::text() const
{
    return m_text->text();
}
