#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

// A date window on one field of the API access lists, sent as <field>SearchType=range with
// <field>From and/or <field>To (ISO 8601, UTC). Either end may be open.
struct TimeRange
{
    QDateTime from;
    QDateTime to;

    bool isSet() const { return from.isValid() || to.isValid(); }
    void addTo(QUrlQuery &query, const QString &field) const;
    bool operator==(const TimeRange &other) const = default;
};

// "+field" or "-field" for the lists' `sort` parameter; empty for the server's own order.
struct AccessSort
{
    QString field; // label, createdAt, expiresAt, lastActiveAt
    bool descending = false;

    bool isSet() const { return !field.isEmpty(); }
    void addTo(QUrlQuery &query) const;
    bool operator==(const AccessSort &other) const = default;
};

// The filters of GET .../api-keys and .../api-keys/count (CATALOG §6).
struct ApiKeyQuery
{
    QString text;    // q: fuzzy on the label and the creator
    QString keyType; // keyType, as the server names it; empty: every key
    TimeRange expiresAt;
    TimeRange lastActiveAt;
    AccessSort sort;
    int pageSize = 100;

    // The filters; with `paging`, also sort and pageSize (count takes neither).
    QUrlQuery toQuery(bool paging) const;
    bool operator==(const ApiKeyQuery &other) const = default;
};

// The filters of GET .../api-tokens and .../api-tokens/count (CATALOG §6).
struct ApiTokenQuery
{
    QString text;   // q: fuzzy on the label, the owner's name and e-mail
    QString status; // ALLOWED, EXPIRED... empty: any
    TimeRange createdAt;
    TimeRange lastActiveAt;
    AccessSort sort;
    int pageSize = 100;

    QUrlQuery toQuery(bool paging) const;
    bool operator==(const ApiTokenQuery &other) const = default;
};
