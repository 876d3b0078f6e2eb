#pragma once

#include "Org.h"

#include <QIcon>
#include <QStandardItemModel>

// The scope tree on the left: the organization with its directories (the scope the areas
// show), then the areas (Users, and later Groups, Domains...).
class SidebarModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole, // directory id ("-" for the whole organization) or area key
    };
    enum Kind { Heading, OrgScope, DirectoryScope, Area, SavedView };
    Q_ENUM(Kind)

    struct AreaEntry
    {
        QString key;
        QString title;
        QIcon icon;
    };

    explicit SidebarModel(QObject *parent = nullptr);

    void setOrgName(const QString &name);
    void setDirectories(const QList<Directory> &directories);
    void setAreas(const QList<AreaEntry> &areas);
    // Named filter sets of the Users area, under their own heading (none: no heading).
    void setSavedViews(const QStringList &names);
    QModelIndex savedViewIndex(const QString &name) const;
    // Shows which scope the areas are looking at (in bold).
    void setCurrentScope(const QString &directoryId);

    QModelIndex orgIndex() const;
    QModelIndex scopeIndex(const QString &directoryId) const;
    QModelIndex areaIndex(const QString &key) const;
    QString directoryName(const QString &directoryId) const;

private:
    QStandardItem *heading(const QString &text);

    QStandardItem *m_org;
    QStandardItem *m_areasHeading;
    QStandardItem *m_viewsHeading = nullptr;
    QString m_scope = QStringLiteral("-");
};
