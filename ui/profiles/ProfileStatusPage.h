#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

// What the window shows while a profile opens ("Reading the key of Acme from the keychain…"),
// or why it could not open, with the ways forward as buttons.
class ProfileStatusPage : public QWidget
{
    Q_OBJECT

public:
    struct Action
    {
        QString text;
        std::function<void()> run;
    };

    explicit ProfileStatusPage(QWidget *parent = nullptr);

    void showProgress(const QString &text);
    void showProblem(const QString &title, const QString &text, const QList<Action> &actions);

    QString title() const;
    QString text() const;
    QList<QPushButton *> actionButtons() const { return m_buttons; }

private:
    void clearButtons();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttonRow;
    QList<QPushButton *> m_buttons;
};
