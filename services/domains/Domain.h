#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A domain of the organization and the state of its claim (CATALOG §1.5, DomainModel).
struct Domain
{
    enum class ClaimType { Unknown, Http, Dns };
    enum class Status { Unknown, Verified, Unverified, MissingToken, Superseded, Deleted };

    QString id;
    QString name;
    ClaimType claimType = ClaimType::Unknown;
    Status status = Status::Unknown;
    QString claimTypeText; // as the server sent it ("dns"), also when not one we know
    QString statusText;    // as the server sent it ("missing_token")

    // Anything but verified needs an admin's attention.
    bool needsAttention() const { return status != Status::Verified; }

    static std::optional<Domain> fromJson(const QJsonObject &object);
    static QList<Domain> listFromJson(const QJsonArray &array);
    // The API's words for a status ("missing_token"); empty for Unknown.
    static QString statusKey(Status status);
    static Status statusFromKey(const QString &key);
};
