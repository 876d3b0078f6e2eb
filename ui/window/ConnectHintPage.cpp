#include "ConnectHintPage.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

ConnectHintPage::ConnectHintPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("connectHint"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("Not connected to an organization"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setMaximumWidth(560);
    text->setText(
        tr("<p>To try Orgdesk on made-up data, start it with a local sandbox:</p>"
           "<pre>  orgdesk --sandbox</pre>"
           "<p>To open your organization, create an API key without scopes in Atlassian "
           "Administration (Settings &gt; API keys), put it in the environment, and give the "
           "organization's id (the id after <tt>/o/</tt> in the admin address):</p>"
           "<pre>  ORGDESK_API_KEY=&lt;key&gt; orgdesk --org-id &lt;id&gt;</pre>"
           "<p>The key is never accepted on the command line, where other programs could "
           "read it.</p>"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}
