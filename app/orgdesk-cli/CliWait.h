#pragma once

#include <QEventLoop>
#include <QObject>

#include <optional>

// The CLI has no window to keep responsive: it simply waits for each answer in turn.
// `start(context, done)` begins the call; `done(result)` ends the wait.
template <typename Result, typename Start> Result waitFor(Start start)
{
    QEventLoop loop;
    std::optional<Result> result;
    QObject context;
    start(&context, [&](const Result &answer) {
        result = answer;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}
