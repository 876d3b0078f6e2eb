#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A message in place of content: "Loading users…", an error in words with a Retry button,
// "No users match" with a button to clear the filters.
class MessagePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Style { Centred, Bar };

    explicit MessagePanel(Style style, QWidget *parent = nullptr);

    // An empty button text hides the button.
    void showMessage(const QString &text, const QString &buttonText = QString(),
                     bool isError = false);
    QString text() const;

Q_SIGNALS:
    void buttonClicked();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_button;
    Style m_style;
};
