#pragma once

#include <QByteArray>
#include <QString>

// The server's own words from an error body, whatever shape the API family uses.
struct ApiErrorBody
{
    QString code;
    QString message;

    static ApiErrorBody parse(const QByteArray &body);
};
