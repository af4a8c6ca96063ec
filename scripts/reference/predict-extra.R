# More R reference values for lib/predict, beyond tests/fixtures/predict/predict-public.json: 40
# patients across the input ranges (unknown codes 9, screen 2, second-generation chemotherapy, heart
# doses above 0 with and without radiotherapy, sizes up to 250 mm, up to 25 nodes, ages and sizes
# with decimals), run through the reference function benefits32 of predictv30r 0.3.2.
# Run by hand from the repository root (R 4.2.2 with readr, dplyr and tibble; on Debian
# `apt-get install -y r-cran-readr r-cran-dplyr r-cran-tibble`), giving the folder that holds
# benefits32.R (the reference copy, which is not in this repository):
#   Rscript scripts/reference/predict-extra.R /work/shared/reference/predict
# It writes tests/fixtures/predict/predict-extra.json (committed, so the tests never need R), in
# the shape of predict-public.json.
suppressMessages({
  library(readr)
  library(dplyr)
  library(tibble)
})

args <- commandArgs(trailingOnly = TRUE)
referenceDir <- if (length(args) >= 1) args[[1]] else "/work/shared/reference/predict"
coefficientsCsv <- normalizePath("data/predict/coefficients_v3.csv")
# benefits32 finds its coefficients with system.file() inside the installed package; this stands in
# for that one lookup with our copy of the same CSV. The function itself is sourced unchanged.
system.file <- function(...) coefficientsCsv
source(file.path(referenceDir, "benefits32.R"))

columns <- c(
  surgeryOnly = "s", radio = "r", radioHormone5 = "rh", radioHormone5Chemo = "rhc",
  radioHormone5ChemoTraz = "rhct", radioHormone5ChemoTrazBis = "rhctb", radioHormone10 = "rh10",
  radioHormone10Chemo = "rh10c", radioHormone10ChemoTraz = "rh10ct", radioHormone10ChemoTrazBis = "rh10ctb"
)
inputNames <- c("age", "screen", "size", "grade", "nodes", "er", "her2", "ki67", "pr", "generation",
                "horm", "traz", "bis", "radio", "heartGy", "smoker")

# Chosen by hand: the age limits with extreme tumours, every treatment at once, treatments the model
# gives no effect (trastuzumab with HER2 negative or unknown, hormone therapy with ER negative), a
# heart dose without radiotherapy, decimals in age, size and dose.
chosen <- data.frame(rbind(
  c(25, 2, 0.5, 3, 0, 0, 1, 1, 0, 3, 0, 1, 0, 1, 2.5, 0),
  c(85, 2, 250, 9, 25, 1, 9, 9, 9, 2, 1, 1, 1, 0, 3, 1),
  c(85, 0, 250, 9, 25, 0, 9, 9, 9, 0, 0, 0, 0, 0, 0, 1),
  c(25, 1, 18, 2, 3, 1, 1, 1, 1, 3, 1, 1, 1, 1, 8, 1),
  c(58, 1, 14, 2, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1.2, 0),
  c(36, 0, 40, 3, 6, 0, 0, 1, 0, 3, 1, 0, 1, 1, 5, 0),
  c(47.5, 0, 12.5, 1, 0, 1, 9, 0, 1, 2, 1, 1, 0, 1, 0.7, 1),
  c(60, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0)
))
names(chosen) <- inputNames

set.seed(20261125)
n <- 32
drawn <- data.frame(
  age = round(runif(n, 25, 85), sample(0:1, n, replace = TRUE)),
  screen = sample(0:2, n, replace = TRUE),
  size = round(exp(runif(n, log(1), log(250))), 1),
  grade = sample(c(1, 2, 3, 9), n, replace = TRUE),
  nodes = sample(0:25, n, replace = TRUE),
  er = sample(0:1, n, replace = TRUE),
  her2 = sample(c(0, 1, 9), n, replace = TRUE),
  ki67 = sample(c(0, 1, 9), n, replace = TRUE),
  pr = sample(c(0, 1, 9), n, replace = TRUE),
  generation = sample(c(0, 2, 3), n, replace = TRUE),
  horm = sample(0:1, n, replace = TRUE),
  traz = sample(0:1, n, replace = TRUE),
  bis = sample(0:1, n, replace = TRUE),
  radio = sample(0:1, n, replace = TRUE),
  heartGy = round(runif(n, 0, 8), 1) * sample(0:1, n, replace = TRUE, prob = c(0.25, 0.75)),
  smoker = sample(0:1, n, replace = TRUE)
)
patients <- rbind(chosen, drawn)

# JSON by hand (jsonlite is not needed): inputs as typed, outputs with 17 significant digits, which
# give back the same double.
num <- function(x) sprintf("%.17g", x)
arr <- function(x) paste0("[", paste(x, collapse = ","), "]")

patientJson <- function(p) {
  invisible(capture.output(e <- do.call(benefits32, unname(as.list(p)))))
  survival <- as.matrix(e$surv)
  results <- mapply(function(name, column) {
    sprintf('{"treatment":"%s","column":"%s","allCauseSurvival":%s,"breastCancerDeaths":%s,"otherDeaths":%s}',
            name, column, arr(num(survival[, column])), arr(num(100 * e$pred.cum.br[, column])),
            arr(num(100 * e$pred.cum.oth[, column])))
  }, names(columns), columns)
  input <- paste0("{", paste0('"', inputNames, '":', sprintf("%.15g", unlist(p)), collapse = ","), "}")
  sprintf('{"input":%s,"years":%s,"results":[%s]}', input, arr(1:15), paste(results, collapse = ",\n"))
}

versions <- sprintf("R %s (dplyr %s, readr %s, tibble %s)", getRversion(), packageVersion("dplyr"),
                    packageVersion("readr"), packageVersion("tibble"))
body <- sapply(seq_len(nrow(patients)), function(i) patientJson(patients[i, ]))
writeLines(paste0('{"model":"PREDICT Breast v3.2 (benefits32.R, predictv30r 0.3.2)","generatedWith":"', versions,
                  '","patients":[\n', paste(body, collapse = ",\n"), "]}"), "tests/fixtures/predict/predict-extra.json")
