#pragma once

#include "DirectoryUser.h"

#include <QDialog>

class PeopleResolver;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class UserService;

// A list of people as it arrives in a ticket (pasted, or loaded from a file): e-mail addresses
// and account ids, found through search (exact e-mails). Lists what matched nobody; "Show and
// select" hands the found people to the users table.
class PasteListDialog : public QDialog
{
    Q_OBJECT

public:
    PasteListDialog(const UserService *service, const QString &directoryId,
                    QWidget *parent = nullptr);

    QPlainTextEdit *input() const { return m_input; }
    QPushButton *findButton() const { return m_find; }
    QPushButton *selectButton() const { return m_select; }
    QString resultText() const;
    QStringList unresolved() const;
    const QList<DirectoryUser> &found() const;

    void setText(const QString &text);
    bool loadFile(const QString &path); // false with a message when unreadable
    void find();

Q_SIGNALS:
    void resolved(); // find() has its answer (or its error)

private:
    void chooseFile();

    const UserService *m_service;
    QString m_directoryId;
    PeopleResolver *m_resolver;
    QPlainTextEdit *m_input;
    QPushButton *m_find;
    QPushButton *m_select;
    QLabel *m_result;
    QListWidget *m_unresolved;
};
