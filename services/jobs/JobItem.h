#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One person, token or key in a bulk job, and what happened to it.
struct JobItem
{
    enum class State { Pending, Running, Done, Failed, Skipped };

    QString id;        // account id, token id, key id...
    QString label;     // what a person recognizes: an e-mail, a token's label
    QJsonObject extra; // what the operation needs besides the id (a token's owner, say)
    State state = State::Pending;
    QString reason;           // why it failed or was skipped, in words
    bool interrupted = false; // it was in flight when the app stopped: check before acting again

    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

// What a job is, apart from its items: enough to resume it after a restart.
struct JobSpec
{
    QString id;
    QString operation; // BulkOperation key, e.g. "users.suspend"
    QString title;     // "Suspend access for 20 people"
    QString orgId;
    QString connection; // the profile's name, to resume on the right organization
    QString reason;     // the operator's reason, kept in the history
    QJsonObject params; // operation parameters (directory id, message...)
    QDateTime createdAt;
    QString undoOf; // the job this one undoes, if any

    QJsonObject toJson() const;
    static JobSpec fromJson(const QJsonObject &object);
};
