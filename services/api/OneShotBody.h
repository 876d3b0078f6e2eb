#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body Qt's network layer can read only once. When a kept-alive connection closes
// after a request went out and before its answer came, Qt 6.4 sends the request again on a
// fresh connection by itself, POST included (tests/tst_postresend.cpp counts it). A body it
// cannot rewind makes it fail the call instead (ContentReSendError), so that a call that is
// not safe to repeat reaches the server at most once and the caller decides what to do.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Never rewinds: Qt asks when it wants to resend, and the answer is no (quietly: the base
    // class would warn on every dropped connection).
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};
