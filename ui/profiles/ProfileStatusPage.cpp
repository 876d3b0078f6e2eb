#include "ProfileStatusPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ProfileStatusPage::ProfileStatusPage(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_text(new QLabel(this)), m_buttonRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("profileStatusPage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("profileStatusText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMaximumWidth(600);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(m_buttonRow);
    layout->addStretch(2);
    m_buttonRow->addStretch(1);
    m_buttonRow->addStretch(1);
}

void ProfileStatusPage::clearButtons()
{
    for (QPushButton *button : std::as_const(m_buttons)) {
        m_buttonRow->removeWidget(button);
        button->deleteLater();
    }
    m_buttons.clear();
}

void ProfileStatusPage::showProgress(const QString &text)
{
    clearButtons();
    m_icon->hide();
    m_title->clear();
    m_title->hide();
    m_text->setText(text);
}

void ProfileStatusPage::showProblem(const QString &title, const QString &text,
                                    const QList<Action> &actions)
{
    clearButtons();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    m_icon->show();
    m_title->setText(title);
    m_title->show();
    m_text->setText(text);
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, this);
        connect(button, &QPushButton::clicked, this, action.run);
        m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
        m_buttons.append(button);
    }
    if (!m_buttons.isEmpty())
        m_buttons.first()->setDefault(true);
}

QString ProfileStatusPage::title() const
{
    return m_title->text();
}

QString ProfileStatusPage::text() const
{
    return m_text->text();
}
