# expect: clean
workers 1
# workers 4
threads 5, 5
