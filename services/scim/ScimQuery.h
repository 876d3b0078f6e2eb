#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

// What a listing of a SCIM directory's Users or Groups asks for (CATALOG §3, paging style P5).
struct ScimQuery
{
    static constexpr int maxCount = 100; // the most a page holds

    QString filter; // empty: everyone; see equals()
    int startIndex = 1;
    int count = maxCount;
    QStringList attributes;         // only these (not with excludedAttributes)
    QStringList excludedAttributes; // all but these

    // `attribute eq "value"`, the value's quotes and backslashes escaped as SCIM filters take
    // them (a JSON string).
    static QString equals(const QString &attribute, const QString &value);

    // startIndex and count brought into range (1-based; 1 to maxCount).
    QUrlQuery toUrlQuery() const;
};
