#include "TableOrMessage.h"

#include "MessagePanel.h"

#include <QTableView>

TableOrMessage::TableOrMessage(const QString &namePrefix, QWidget *parent)
    : QStackedWidget(parent), m_view(new QTableView(this)),
      m_message(new MessagePanel(MessagePanel::Style::Centred, this))
{
    m_view->setObjectName(namePrefix + QStringLiteral("Table"));
    m_message->setObjectName(namePrefix + QStringLiteral("Message"));
    addWidget(m_view);
    addWidget(m_message);
}
