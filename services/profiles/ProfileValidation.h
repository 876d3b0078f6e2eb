#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>

// Checks a profile's fields before anything is sent or saved. Each check returns an empty string
// when the value is fine, else a sentence saying what to change.
class ProfileValidation
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidation)

public:
    // An org id, or an Atlassian Administration address holding one
    // (https://admin.atlassian.com/o/<org id>/...): the id in lowercase, or empty when none.
    static QString extractOrgId(const QString &input);

    static QString nameProblem(const QString &name, const QString &ownId,
                               const QList<Profile> &existing);
    static QString orgIdProblem(const QString &input);
    static QString baseUrlProblem(const QUrl &url);
    static QString keyProblem(const QString &key);
    // Admin API keys last at most a year; an expiry in the past means the key is dead.
    static QString expiryProblem(const QDate &expiry, const QDate &today);
};
