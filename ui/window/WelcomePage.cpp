#include "WelcomePage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_connect(new QCommandLinkButton(this)),
      m_sandbox(new QCommandLinkButton(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(72, 72));
    auto *title = new QLabel(tr("Welcome to Orgdesk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Administer your Atlassian Cloud organization: people, groups, "
                                "access and keys, in one fast window."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setText(tr("Connect to an organization"));
    m_connect->setDescription(
        tr("You need the organization's id and an admin API key, created in Atlassian "
           "Administration under Settings > API keys. Orgdesk tests the key before saving it "
           "in your system keychain."));
    m_connect->setDefault(true);
    m_sandbox->setObjectName(QStringLiteral("sandboxButton"));
    m_sandbox->setText(tr("Try the sandbox"));
    m_sandbox->setDescription(tr("Explore a made-up organization with 2,000 people, served on "
                                 "this computer. Nothing you do there reaches Atlassian."));
    connect(m_connect, &QCommandLinkButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_sandbox, &QCommandLinkButton::clicked, this, &WelcomePage::sandboxRequested);

    auto *column = new QWidget(this);
    // Wide enough for the buttons' descriptions to wrap onto a few lines; the buttons are as
    // tall as their wrapped text at that width (their size hint alone would cut it off).
    const int columnWidth = 560;
    column->setFixedWidth(columnWidth);
    for (QCommandLinkButton *button : {m_connect, m_sandbox})
        button->setMinimumHeight(button->heightForWidth(columnWidth));
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(icon, 0, Qt::AlignHCenter);
    columnLayout->addWidget(title, 0, Qt::AlignHCenter);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_connect);
    columnLayout->addWidget(m_sandbox);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}
