#pragma once

#include <QString>
#include <QStringList>

// A list of people as it arrives in a ticket: e-mail addresses and account ids, one per line or
// separated by commas, semicolons or spaces, possibly as "Name <address>" or with quotes.
struct PeopleList
{
    QStringList emails;     // lowercase, each once, in the order given
    QStringList accountIds; // each once, in the order given
    QStringList unreadable; // tokens that are neither

    static PeopleList parse(const QString &text);
    bool isEmpty() const { return emails.isEmpty() && accountIds.isEmpty(); }
    int size() const { return int(emails.size() + accountIds.size()); }
};
