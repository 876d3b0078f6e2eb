#pragma once

#include "Pager.h"
#include "ScimGroup.h"
#include "ScimUser.h"

// Pages through a SCIM ListResponse (style P5): 1-based startIndex moved on by the records each
// page held, until totalResults is reached or a page comes back empty.
class ScimPager : public Pager
{
    Q_OBJECT

public:
    using Pager::Pager;

    // The server's totalResults of the last page; -1 before the first.
    int totalResults() const { return m_total; }

protected:
    bool advance(const QJsonObject &page) override;
    QJsonValue itemsOf(const QJsonObject &page) const override;
    bool needsWholePage() const override { return true; }

private:
    int m_total = -1;
};

class ScimUserPager : public ScimPager
{
    Q_OBJECT

public:
    ScimUserPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

Q_SIGNALS:
    void usersReceived(const QList<ScimUser> &users, bool hasMore);
};

class ScimGroupPager : public ScimPager
{
    Q_OBJECT

public:
    ScimGroupPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

Q_SIGNALS:
    void groupsReceived(const QList<ScimGroup> &groups, bool hasMore);
};
