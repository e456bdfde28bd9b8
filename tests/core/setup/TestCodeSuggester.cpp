#include "setup/CodeSuggester.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::CodeSuggester;
using K = CodeSuggester::Kind;

Q_DECLARE_METATYPE(CodeSuggester::Kind)

class TestCodeSuggester final : public QObject
{
    Q_OBJECT

    static QList<rd::CrmCodeChoice> demoChoices(K kind)
    {
        switch (kind) {
        case K::Delivery:
            return { { u"self-delivery"_s, u"Самовывоз"_s },
                     { u"courier"_s, u"Доставка курьером"_s },
                     { u"russian-post"_s, u"Почта России"_s },
                     { u"sdek"_s, u"СДЭК"_s } };
        case K::Payment:
            return { { u"cash"_s, u"Наличные"_s },
                     { u"bank-card"_s, u"Банковская карта"_s },
                     { u"bank-transfer"_s, u"Безналичный расчёт"_s } };
        case K::Status:
            return { { u"new"_s, u"Новый"_s },
                     { u"client-confirmed"_s, u"Согласовано с клиентом"_s },
                     { u"prepayed"_s, u"Предоплата поступила"_s },
                     { u"assembling"_s, u"Комплектуется"_s },
                     { u"send-to-delivery"_s, u"Передан в доставку"_s },
                     { u"complete"_s, u"Выполнен"_s },
                     { u"cancel-other"_s, u"Отменен"_s } };
        }
        return {};
    }

private Q_SLOTS:
    void suggest_data()
    {
        QTest::addColumn<K>("kind");
        QTest::addColumn<QString>("shopName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact name") << K::Delivery << u"Самовывоз"_s << u"self-delivery"_s;
        QTest::newRow("exact, other case and ё") << K::Payment << u"безналичный  РАСЧЕТ"_s << u"bank-transfer"_s;
        QTest::newRow("synonym courier") << K::Delivery << u"Курьерская доставка"_s << u"courier"_s;
        QTest::newRow("synonym post") << K::Delivery << u"Почта РФ"_s << u"russian-post"_s;
        QTest::newRow("synonym cdek latin") << K::Delivery << u"CDEK до пункта выдачи"_s << u"sdek"_s;
        QTest::newRow("cash") << K::Payment << u"Оплата наличными"_s << u"cash"_s;
        QTest::newRow("card") << K::Payment << u"Банковской картой"_s << u"bank-card"_s;
        QTest::newRow("non-cash is not cash") << K::Payment << u"Безналичный расчёт"_s << u"bank-transfer"_s;
        QTest::newRow("new") << K::Status << u"Новый"_s << u"new"_s;
        QTest::newRow("paid → prepayed") << K::Status << u"Оплачен"_s << u"prepayed"_s;
        QTest::newRow("sent") << K::Status << u"Отправлен"_s << u"send-to-delivery"_s;
        QTest::newRow("cancelled") << K::Status << u"Отменён"_s << u"cancel-other"_s;
        QTest::newRow("delivered → complete") << K::Status << u"Доставлен"_s << u"complete"_s;
        QTest::newRow("draft is not new") << K::Status << u"Черновик"_s << QString();
        QTest::newRow("nothing close") << K::Delivery << u"Телепорт"_s << QString();
        QTest::newRow("empty name") << K::Delivery << QString() << QString();
    }
    void suggest()
    {
        QFETCH(K, kind);
        QFETCH(QString, shopName);
        QFETCH(QString, expected);
        QCOMPARE(CodeSuggester::suggest(kind, shopName, demoChoices(kind)).code, expected);
    }

    void onlyCodesTheCrmHas()
    {
        // The synonym points to "courier", but this CRM calls it differently: its name still matches.
        const QList<rd::CrmCodeChoice> choices { { u"kurier-msk"_s, u"Курьер по Москве"_s } };
        QCOMPARE(CodeSuggester::suggest(K::Delivery, u"Курьерская доставка"_s, choices).code, u"kurier-msk"_s);
        QCOMPARE(CodeSuggester::suggest(K::Delivery, u"Самовывоз"_s, {}).code, QString());
    }
};

QTEST_GUILESS_MAIN(TestCodeSuggester)
#include "TestCodeSuggester.moc"
