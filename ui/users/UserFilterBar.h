#pragma once

#include "DirectoryUser.h"
#include "FilterChipBar.h"
#include "UserFilter.h"

class QLabel;
class QMenu;
class QToolButton;
class UsersModel;

// The filters of the Users area as removable chips, with "Add filter" (account status,
// product, last active, never active, two-step off, e-mail domain, group, claim status),
// "Clear" and "Save view". The pane tells it which products, domains and groups exist.
class UserFilterBar : public FilterChipBar
{
    Q_OBJECT

public:
    struct Choice
    {
        QString value; // a product key, a domain, a group id
        QString text;
        QStringList ids; // a product's site ARIs
    };

    explicit UserFilterBar(QWidget *parent = nullptr);

    void setFilter(const UserFilter &filter); // no filterChanged
    const UserFilter &filter() const { return m_filter; }
    void setProducts(const QList<Choice> &products) { m_products = products; }
    void setDomains(const QList<Choice> &domains) { m_domains = domains; }
    // Every group (from groups/search), in name order. Past groupsInMenu, the menu lists the
    // first ones and offers a search over all of them.
    void setGroups(const QList<Choice> &groups) { m_groups = groups; }
    const QList<Choice> &groups() const { return m_groups; }
    static constexpr int groupsInMenu = 20;
    // Adds the group with this name (any case) to the filter; false when there is none.
    bool addGroupByName(const QString &name);
    // The products (with their sites) and e-mail domains the model's loaded rows show.
    void learnChoices(const UsersModel *model);

    // Changes the filter as the menu would, and says so.
    void change(const UserFilter &filter);

Q_SIGNALS:
    void filterChanged(const UserFilter &filter);
    void saveViewRequested();

protected:
    void fillMenu() override;

private:
    void rebuildChips();
    void askInactiveDays();
    void askDomain();
    void askGroup();

    UserFilter m_filter;
    QList<Choice> m_products, m_domains, m_groups;
    QMenu *m_menu;
    QToolButton *m_save;
    QLabel *m_hint;
};
