#pragma once

#include "UserFilter.h"

#include <QList>
#include <QObject>

// Named filter sets of the Users area, per organization, kept in a small JSON file in the
// user's config folder (saved-views.json): {"<orgId>": [{"name": ..., "filter": {...}}]}.
class SavedViews : public QObject
{
    Q_OBJECT

public:
    struct View
    {
        QString name;
        UserFilter filter;
    };

    // `filePath` empty: <AppConfigLocation>/saved-views.json.
    explicit SavedViews(const QString &filePath = QString(), QObject *parent = nullptr);

    QString filePath() const { return m_path; }
    QList<View> views(const QString &orgId) const;
    std::optional<UserFilter> find(const QString &orgId, const QString &name) const;
    // Adds or replaces the view of that name; false when the file cannot be written.
    bool save(const QString &orgId, const QString &name, const UserFilter &filter);
    bool remove(const QString &orgId, const QString &name);

Q_SIGNALS:
    void changed(const QString &orgId);

private:
    QJsonObject read() const;
    bool write(const QJsonObject &all);

    QString m_path;
};
