#include "Screenshot.h"

#include "MainWindow.h"
#include "UserDetailPane.h"
#include "UsersModel.h"

#include <QApplication>
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

} // namespace

void Screenshot::takeWhenReady(MainWindow *window, const QString &path)
{
    auto once = std::make_shared<bool>(false);
    QObject::connect(window, &MainWindow::contentReady, window, [window, path, once] {
        if (std::exchange(*once, true))
            return;
        auto *table = window->findChild<QTableView *>(QStringLiteral("usersTable"));
        auto *detail = window->findChild<UserDetailPane *>();
        if (!table || !detail || table->model()->rowCount() < 3) {
            save(window, path);
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
