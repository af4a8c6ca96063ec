# More R reference values for lib/trials, beyond tests/fixtures/trials/reference-values.json.
# Run from the repository root (R 4.2.2, survival 3.5.3, the versions behind the reference file):
#   Rscript scripts/reference/trials-extra.R
# It writes two committed fixtures, so the tests never need R:
# - tests/fixtures/trials/extra-times.json: summary(fit, times, extend = TRUE) for every endpoint at
#   times the reference file does not use (0, odd months, each arm's 10th event and last follow-up,
#   one month past the endpoint's last follow-up, which the API leaves out as the reference's survivalAt does);
# - tests/fixtures/trials/edge-cases.json: small data sets at the rules' boundaries (ties, an event
#   at time 0, a curve flat at exactly 0.5, an arm with no events) with every curve step, the
#   summary(fit)$table medians, summary(fit, times, extend = TRUE), coxph and survdiff; and pchisq(x, 1, lower.tail = FALSE) on a grid.
library(survival)

# JSON by hand (jsonlite is not part of base R): 17 significant digits give back the same double.
num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
obj <- function(...) { f <- list(...); paste0("{", paste0('"', names(f), '":', unlist(f), collapse = ","), "}") }
arr <- function(x) paste0("[", paste(x, collapse = ","), "]")
str <- function(x) paste0('"', x, '"')
armOf <- function(strata) sub("^arm=", "", strata)

summaryRows <- function(fit, times) {
  s <- summary(fit, times = times, extend = TRUE)
  arr(sprintf('{"arm":"%s","time":%s,"survival":%s,"lower":%s,"upper":%s,"atRisk":%d}',
              armOf(as.character(s$strata)), num(s$time), num(s$surv), num(s$lower), num(s$upper), as.integer(s$n.risk)))
}

ids <- sub("\\.csv$", "", sort(list.files("data/trials", pattern = "\\.csv$")))
endpoints <- sapply(ids, function(id) {
  d <- read.csv(file.path("data/trials", paste0(id, ".csv")))
  fit <- survfit(Surv(time, event) ~ arm, data = d)
  perArm <- unlist(lapply(split(d, d$arm), function(a) c(sort(a$time[a$event == 1])[10], max(a$time))))
  times <- sort(unique(c(0, 0.5, 3, 9.25, 30, 42.7, 54, max(d$time) + 1, perArm)))
  paste0(str(id), ":", summaryRows(fit, times))
})
writeLines(paste0("{", paste(endpoints, collapse = ",\n"), "}"), "tests/fixtures/trials/extra-times.json")

# Each case: control arm "a", experimental arm "b".
cases <- list(
  "tied-events-and-censorings" = data.frame(
    time = c(1, 2, 2, 2, 3, 3, 4, 5, 5, 6, 2, 2, 3, 3, 3, 4, 6, 6, 7, 8),
    event = c(1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0), arm = rep(c("a", "b"), each = 10)),
  "events-at-time-zero" = data.frame(
    time = c(0, 0, 1, 2, 3, 4, 5, 6, 0, 2, 3, 5, 7, 8, 9, 10),
    event = c(1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0), arm = rep(c("a", "b"), each = 8)),
  "interior-flat-at-half-and-drop-to-zero" = data.frame(
    time = c(1, 2, 3, 4, 1, 2, 3, 4, 5, 6),
    event = c(1, 1, 1, 1, 0, 1, 1, 0, 1, 0), arm = rep(c("a", "b"), c(4, 6))),
  "terminal-flat-at-half" = data.frame(
    time = c(1, 2, 3, 4, 1, 1.5, 2.5, 3, 3.5, 5),
    event = c(1, 1, 0, 0, 1, 1, 1, 0, 1, 0), arm = rep(c("a", "b"), c(4, 6))),
  "control-arm-without-events" = data.frame(
    time = c(1, 2, 3, 4, 5, 1, 2, 3, 4, 5),
    event = c(0, 0, 0, 0, 0, 1, 0, 1, 0, 1), arm = rep(c("a", "b"), each = 5))
)
edge <- sapply(names(cases), function(name) {
  d <- cases[[name]]
  fit <- survfit(Surv(time, event) ~ arm, data = d)
  table <- summary(fit)$table
  arms <- sapply(seq_along(fit$strata), function(i) {
    f <- fit[i]
    steps <- arr(sprintf('{"time":%s,"atRisk":%d,"events":%d,"censored":%d,"survival":%s,"lower":%s,"upper":%s}',
                         num(f$time), as.integer(f$n.risk), as.integer(f$n.event), as.integer(f$n.censor),
                         num(f$surv), num(f$lower), num(f$upper)))
    obj(arm = str(armOf(names(fit$strata))[i]), n = f$n, events = sum(f$n.event), median = num(table[i, "median"]),
        medianLower = num(table[i, "0.95LCL"]), medianUpper = num(table[i, "0.95UCL"]), steps = steps)
  })
  # A warning here means an infinite coefficient (monotone likelihood): no hazard ratio to give.
  cox <- tryCatch(coxph(Surv(time, event) ~ arm, data = d, ties = "efron"), warning = function(w) NULL)
  hr <- if (is.null(cox)) "null" else {
    ci <- summary(cox)$conf.int
    obj(value = num(ci[1, "exp(coef)"]), lower = num(ci[1, "lower .95"]), upper = num(ci[1, "upper .95"]))
  }
  lr <- survdiff(Surv(time, event) ~ arm, data = d)
  obj(name = str(name), time = arr(num(d$time)), event = arr(d$event), arm = arr(str(d$arm)), arms = arr(arms),
      at = summaryRows(fit, c(0, 0.5, 1, 2, 2.5, 100)), hazardRatio = hr, logRank = obj(chisq = num(lr$chisq), p = num(pchisq(lr$chisq, 1, lower.tail = FALSE))))
})
x <- c(0, 1e-12, 1e-6, 0.01, 0.1, 0.5, 1, 2, 3.841458820694124, 4.49, 4.5, 4.51, 5, 10, 20, 30, 50, 80, 120, 200, 400, 700, 1000, 1400)
chi <- arr(sprintf('{"x":%s,"p":%s}', num(x), num(pchisq(x, 1, lower.tail = FALSE))))
writeLines(obj(cases = arr(edge), chiSquare = chi), "tests/fixtures/trials/edge-cases.json")
