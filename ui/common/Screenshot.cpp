#include "Screenshot.h"

#include "MainWindow.h"
#include "PersonRolesView.h"
#include "UserDetailPane.h"
#include "UsersModel.h"

#include <QApplication>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

void save(MainWindow *window, const QString &path)
{
    const bool saved = window->grab().save(path);
    std::fprintf(stderr, "%s\n",
                 qPrintable(saved ? QStringLiteral("Saved %1").arg(path)
                                  : QStringLiteral("Could not save %1").arg(path)));
    QApplication::exit(saved ? 0 : 1);
}

// The person with that e-mail among the rows loaded, or -1.
int rowOf(const UsersModel *users, const QString &email)
{
    for (int row = 0; users && row < users->rowCount(); ++row) {
        if (users->userAt(row).email.compare(email, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

// Picks that person and saves the window once their roles are in, scrolled into view.
void showRoles(MainWindow *window, const QString &path, QTableView *table, UserDetailPane *detail,
               int row)
{
    PersonRolesView *roles = detail->rolesView();
    QObject::connect(roles, &PersonRolesView::loaded, window, [window, path, roles] {
        QTimer::singleShot(300, window, [window, path, roles] {
            if (auto *scroll = qobject_cast<QScrollArea *>(
                    roles->parentWidget()->parentWidget()->parentWidget()))
                scroll->ensureWidgetVisible(roles, 0, 0);
            QTimer::singleShot(100, window, [window, path] { save(window, path); });
        });
    });
    QTimer::singleShot(4000, window, [window, path] { save(window, path); });
    table->selectRow(row);
    table->setFocus();
}

} // namespace

void Screenshot::takeWhenReady(MainWindow *window, const QString &path, const QString &selectEmail)
{
    auto once = std::make_shared<bool>(false);
    QObject::connect(window, &MainWindow::contentReady, window, [window, path, selectEmail, once] {
        if (std::exchange(*once, true))
            return;
        // The Audit log shows an event in its detail: the newest.
        auto *events = window->findChild<QTableView *>(QStringLiteral("auditTable"));
        if (events && events->isVisible() && events->model()->rowCount() > 0) {
            events->selectRow(0);
            events->setFocus();
            QTimer::singleShot(300, window, [window, path] { save(window, path); });
            return;
        }
        auto *table = window->findChild<QTableView *>(QStringLiteral("usersTable"));
        auto *detail = window->findChild<UserDetailPane *>();
        if (!table || !detail || table->model()->rowCount() < 3) {
            save(window, path);
            return;
        }
        const int selected = rowOf(window->findChild<UsersModel *>(), selectEmail);
        if (!selectEmail.isEmpty() && selected >= 0) {
            showRoles(window, path, table, detail, selected);
            return;
        }
        // Whichever comes first: the person's last-active dates, or two seconds.
        QObject::connect(detail, &UserDetailPane::lastActiveLoaded, window, [window, path] {
            QTimer::singleShot(100, window, [window, path] { save(window, path); });
        });
        QTimer::singleShot(2000, window, [window, path] { save(window, path); });
        // Someone active in several products shows the detail pane at its best.
        const auto *users = window->findChild<UsersModel *>();
        int pick = 0;
        for (int row = 3; users && row < qMin(users->rowCount(), 60); ++row) {
            const DirectoryUser user = users->userAt(row);
            if (user.status == QLatin1String("active") && user.productAccess.size() >= 3 &&
                user.lastActive().isValid()) {
                pick = row;
                break;
            }
        }
        table->selectRow(pick);
        table->setFocus();
    });
}
