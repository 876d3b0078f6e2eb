#include "Areas.h"

#include "UsersPane.h"

namespace {

template <typename Pane> AreaPane *make(Connection *connection, QWidget *parent)
{
    return new Pane(connection, parent);
}

QIcon themeIcon(const char *name)
{
    return QIcon::fromTheme(QLatin1String(name));
}

} // namespace

QList<AreaDefinition> Areas::all()
{
    return {
        {QStringLiteral("users"), tr("Users"), themeIcon("system-users"), make<UsersPane>},
    };
}

QString Areas::defaultArea()
{
    return QStringLiteral("users");
}
