<?php

declare(strict_types=1);

/**
 * What the checkout must remember between requests (payment pages, verified statuses, statuses already acted on),
 * in one JSON file under an exclusive lock: PHP forgets everything after each request. A shop keeps this in its
 * database; the file keeps the example free of extensions Debian's php-cli does not bring.
 */
final class JsonStore
{
    public function __construct(private readonly string $file)
    {
        if (!is_dir(dirname($file))) {
            mkdir(dirname($file), 0700, true);
        }
    }

    /**
     * Runs $change on the stored data under an exclusive lock, saves what it leaves, and returns what it returns.
     *
     * @template T
     * @param callable(array<string, mixed>&): T $change
     * @return T
     */
    public function update(callable $change): mixed
    {
        $handle = fopen($this->file, 'c+');
        if ($handle === false || !flock($handle, LOCK_EX)) {
            throw new RuntimeException("The store {$this->file} cannot be opened");
        }
        try {
            $text = stream_get_contents($handle);
            $data = $text === '' || $text === false ? [] : json_decode($text, true, 512, JSON_THROW_ON_ERROR);
            $result = $change($data);
            ftruncate($handle, 0);
            rewind($handle);
            fwrite($handle, json_encode($data, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));
            fflush($handle);
            return $result;
        } finally {
            flock($handle, LOCK_UN);
            fclose($handle);
        }
    }

    /** @return array<string, mixed> */
    public function read(): array
    {
        return $this->update(fn (array &$data) => $data);
    }
}
