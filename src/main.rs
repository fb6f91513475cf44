fn main() {
    digest::crash::install();
    digest::start();
}
