#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RetailDesk"));
    QApplication::setApplicationName(QStringLiteral("RetailDesk"));
    rd::MainWindow window;
    window.show();
    return QApplication::exec();
}
