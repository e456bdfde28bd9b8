#include "CrmReply.h"

#include "CrmClient.h"
#include "CrmDecode.h"

using namespace Qt::Literals::StringLiterals;

namespace rd {

CrmReply::CrmReply(CrmClient *client, QString method, QUrl url, QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_result(Error(ErrorCode::Internal, u"The CRM call has not finished yet."_s))
{
    m_total.start();
}

CrmReply::~CrmReply()
{
    if (m_client && !m_finished)
        m_client->forget(this);
}

QString CrmReply::path() const
{
    return m_url.path();
}

Result<CrmUploadResult> CrmReply::uploadResult() const
{
    return CrmDecode::upload(m_result, m_batch);
}

void CrmReply::abort()
{
    if (m_client && !m_finished)
        m_client->abortReply(this);
}

} // namespace rd
