#pragma once

#include <QObject>

#include <functional>

// Calls back when the application's palette changes (View › Theme, or the desktop's own theme),
// so that a widget whose style sheet holds status colours (StatusColors) can build it again.
class PaletteWatcher : public QObject
{
    Q_OBJECT

public:
    // Calls `restyle` now and after every palette change, for as long as `owner` lives.
    static void follow(QObject *owner, std::function<void()> restyle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaletteWatcher(QObject *owner, std::function<void()> restyle);
    ~PaletteWatcher() override;

    std::function<void()> m_restyle;
};
