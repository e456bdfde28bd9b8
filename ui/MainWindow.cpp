#include "MainWindow.h"

#include <QLabel>

namespace rd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("RetailDesk"));
    setCentralWidget(new QLabel(tr("RetailDesk"), this));
}

MainWindow::~MainWindow() = default;

} // namespace rd
