#pragma once

#include <QWidget>

// What the window shows with no connection: how to connect. A stand-in until connection
// profiles arrive; MainWindow::setStartPage() replaces it.
class ConnectHintPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectHintPage(QWidget *parent = nullptr);
};
