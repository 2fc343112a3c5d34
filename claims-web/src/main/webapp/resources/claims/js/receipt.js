// The receipt's print button. A script of its own: the Content-Security-Policy runs no inline handler, and the
// receipt loads no PrimeFaces to run one for it.
document.addEventListener('DOMContentLoaded', function () {
    var print = document.getElementById('print');
    if (print) {
        print.addEventListener('click', function () {
            window.print();
        });
    }
});
