# expect: clean
threads 5, 5
port 3000
