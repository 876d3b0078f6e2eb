#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

// GET /users/{account_id}/manage: what the key may do to one managed account.
struct ManagePrivileges
{
    struct Rule
    {
        bool known = false; // the answer named this privilege
        bool allowed = false;
        QString reason; // restriction key when not allowed: "externalDirectory.scim"...
    };
    QHash<QString, Rule> actions;       // "email.set", "lifecycle.enablement", ...
    QHash<QString, Rule> profileFields; // "name", "extended_profile.job_title", ...

    Rule action(const QString &privilege) const { return actions.value(privilege); }
    Rule field(const QString &path) const { return profileFields.value(path); }

    static std::optional<ManagePrivileges> fromJson(const QJsonObject &object);
};

// The profile as User management shows it (GET/PATCH .../manage/profile).
struct ManagedProfile
{
    QString accountId;
    QString accountStatus;
    QString name;
    QString nickname;
    QString email;
    QString zoneinfo;
    QString locale;
    QString jobTitle;
    QString department;
    QString organization;
    QString location;

    static std::optional<ManagedProfile> fromJson(const QJsonObject &object); // {"account": ...}
};

// The fields to change with PATCH .../manage/profile; only those set are sent.
struct ProfileChange
{
    Q_DECLARE_TR_FUNCTIONS(ProfileChange)

public:
    static constexpr int nameMax = 100;
    static constexpr int nicknameMax = 30;

    std::optional<QString> name, nickname, zoneinfo, locale;
    std::optional<QString> jobTitle, department, organization, location;

    bool isEmpty() const;
    QJsonObject toJson() const;
    // The first limit a value breaks, in words (the API's own limits); empty when none.
    QString problem() const;
};
