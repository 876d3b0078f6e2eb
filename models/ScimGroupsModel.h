#pragma once

#include "RowListModel.h"
#include "ScimGroup.h"
#include "ScimQuery.h"

class ScimService;

// A SCIM directory's groups, a page at a time as the API pages them. In Groups each is a synced
// group of the same name.
class ScimGroupsModel : public RowListModel<ScimGroup>
{
    Q_OBJECT

public:
    enum Column { Name, ExternalId, Members, LastModified, ColumnCount };
    Q_ENUM(Column)

    explicit ScimGroupsModel(QObject *parent = nullptr);

    void setService(const ScimService *scim) { m_scim = scim; }
    void setQuery(const ScimQuery &query);
    ScimGroup groupAt(int row) const { return rowAt(row); }
    // Replaces a group that changed (members added or removed), matched by id.
    void updateGroup(const ScimGroup &group);
    void removeGroup(const QString &id);

    bool isServerSorted(int) const override { return false; }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(QObject *parent) override;
    QVariant display(const ScimGroup &group, int column) const override;
    QVariant raw(const ScimGroup &group, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    const ScimService *m_scim = nullptr;
    ScimQuery m_query;
};
