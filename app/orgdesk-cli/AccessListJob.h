#pragma once

#include "OutputFormat.h"

#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>

class ApiAccessService;
class ApiError;
class Pager;
struct CliConnection;

// Pages through an API access list (keys or tokens) and writes each page as soon as it
// arrives, through `rows`, which turns a page into output rows and leaves out the rows that a
// local filter drops. Emits finished() once, with the exit code.
class AccessListJob : public QObject
{
    Q_OBJECT

public:
    using RowsOfPage = std::function<QList<Row>(const QJsonArray &page)>;

    // Takes the pager over.
    AccessListJob(Pager *pager, RowsOfPage rows, std::unique_ptr<RowWriter> writer,
                  QObject *parent = nullptr);
    ~AccessListJob() override;

    void start();

    // The whole of a 'list' command: opens standard output, connects, lists every page of the
    // pager `makePager` makes with the service, writes `columns`, and returns the exit code.
    static int run(const CliConnection &connection, OutputFormat format, const QStringList &columns,
                   const std::function<Pager *(const ApiAccessService &)> &makePager,
                   RowsOfPage rows);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onPage(const QJsonArray &items, bool hasMore);
    void onFailed(const ApiError &error);

    Pager *m_pager;
    RowsOfPage m_rows;
    std::unique_ptr<RowWriter> m_writer;
};
