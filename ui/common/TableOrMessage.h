#pragma once

#include <QStackedWidget>

class MessagePanel;
class QTableView;

// An area's table, or in its place a centred message (loading, nothing matches, failed, with a
// button). Named for tests and for the saved column layout: "<prefix>Table",
// "<prefix>Message".
class TableOrMessage : public QStackedWidget
{
    Q_OBJECT

public:
    TableOrMessage(const QString &namePrefix, QWidget *parent);

    QTableView *view() const { return m_view; }
    MessagePanel *message() const { return m_message; }

private:
    QTableView *m_view;
    MessagePanel *m_message;
};
