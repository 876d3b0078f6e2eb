#pragma once

#include "AccessRisk.h"
#include "ApiKey.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The words and marks people read for admin API keys and user API tokens. Values the API may
// add later are shown as they come.
class AccessText
{
    Q_DECLARE_TR_FUNCTIONS(AccessText)

public:
    // "in 5 days", "today", "tomorrow" while close; the date after that; "Expired 3 days ago"
    // (or the date) once past; empty for no date.
    static QString expiry(const QDateTime &expiresAt, const QDateTime &now);
    // "12 Mar 2027, in 103 days" / "12 Mar 2026, 3 days ago": for tooltips and the detail pane.
    static QString expiryInFull(const QDateTime &expiresAt, const QDateTime &now);
    static QString keyStatus(ApiKey::Status status);
    // ALLOWED, EXPIRED... as words.
    static QString tokenStatus(const QString &status);
    // "None (full access)" for a key without scopes, else the scopes joined with ", ".
    static QString scopes(const QStringList &scopes);
    // What a person reads for each risk sign, in order of weight. `lastActive`/`createdAt` give
    // the number of days for "Unused for 120 days".
    // A key's OwnerInactive is about who created it (keys belong to the org).
    enum class Subject { Token, Key };
    static QStringList riskWords(AccessRisk::Flags flags, const QDateTime &lastActive,
                                 const QDateTime &expiresAt, const QDateTime &now,
                                 Subject subject = Subject::Token);
    // A number that orders rows by risk: the more and the worse the signs, the higher.
    static int riskScore(AccessRisk::Flags flags);

    // The colour that marks a risk: strong (red) for expiring within 7 days or an owner who is
    // gone, a warning (amber) for the rest, grey for an expired one (harmless now); invalid for
    // none and for revoked.
    static QColor riskColor(AccessRisk::Flags flags);
};
