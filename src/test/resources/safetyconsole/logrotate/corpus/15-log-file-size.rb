# expect: LOG_FILE_SIZE@3
Rails.application.configure do
  config.log_file_size = 100.megabytes
end
